pragma solidity ^0.6.0;

// An Ethernaut-style level: the "constructor" is a public function whose name is misspelt.
contract Fallen {
    mapping(address => uint256) allocations;
    address payable public owner;

    function Fal1en() public payable {
        owner = msg.sender; // @vuln category=access_control
        allocations[owner] = msg.value;
    }

    modifier onlyOwner() {
        require(msg.sender == owner, "caller is not the owner");
        _;
    }

    function allocate() public payable {
        allocations[msg.sender] += msg.value;
    }

    function collectAllocations() public onlyOwner {
        msg.sender.transfer(address(this).balance);
    }

    function allocatorBalance(address allocator) public view returns (uint256) {
        return allocations[allocator];
    }
}
