pragma solidity >=0.5.0 <0.7.0;

// A presale refund checks the total sold instead of the caller's own tokens: the caller's count wraps.
contract Presale {
    mapping(address => uint256) public tokens;
    uint256 public rate = 1000;
    uint256 public sold;

    function buy() public payable {
        uint256 bought = msg.value * rate;
        require(bought / rate == msg.value);
        tokens[msg.sender] += bought;
        sold += bought;
    }

    function refund(uint256 amount) public {
        require(sold >= amount);
        tokens[msg.sender] -= amount; // @vuln category=arithmetic
        sold -= amount;
        msg.sender.transfer(amount / rate);
    }
}
